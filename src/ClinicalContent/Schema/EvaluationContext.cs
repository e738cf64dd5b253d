using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace ClinicalContent.Schema;

/// <summary>
/// The mutable state of one evaluation: the path into the instance, the <c>$ref</c>s followed, the errors (null on
/// the fast path) and a pool of annotation sets. One per thread, reused; pointers are built only for errors.
/// </summary>
internal sealed class EvaluationContext
{
    /// <summary>Nested schema evaluations allowed before the evaluation fails closed.</summary>
    public const int MaxDepth = 1000;

    [ThreadStatic]
    private static EvaluationContext? t_cached;

    private readonly Stack<EvaluationAnnotations> _annotationPool = new();
    private readonly List<SchemaError> _errorBuffer = [];
    private PathSegment[] _path = new PathSegment[32];
    private int _pathCount;
    private int _pathHighWater;
    private RefFrame[] _frames = new RefFrame[16];
    private int _frameCount;
    private int _depth;

    /// <summary>Where errors go; null when evaluating quietly or on the fast path.</summary>
    public List<SchemaError>? Errors { get; set; }

    /// <summary>True when errors are being reported, so keywords must go on after a failure and describe it.</summary>
    public bool Collecting => Errors is not null;

    /// <summary>Number of instance path segments: the depth of the current instance location.</summary>
    public int InstanceDepth => _pathCount;

    /// <summary>Takes this thread's context (or a new one) for one evaluation from <paramref name="root"/>.</summary>
    /// <param name="root">The schema evaluated.</param>
    /// <param name="collectErrors">False for the fast path, which stops at the first failure.</param>
    public static EvaluationContext Rent(SchemaNode root, bool collectErrors)
    {
        var context = t_cached ?? new EvaluationContext();
        t_cached = null;
        context._errorBuffer.Clear();
        context.Errors = collectErrors ? context._errorBuffer : null;
        context._pathCount = 0;
        context._frameCount = 0;
        context._depth = 0;
        context._frames[0] = new RefFrame(null, root, 0);
        context._frameCount = 1;
        return context;
    }

    public static void Return(EvaluationContext context)
    {
        // Drop references into the instance and the schema so that a cached context keeps neither alive.
        Array.Clear(context._path, 0, context._pathHighWater);
        Array.Clear(context._frames);
        context._pathHighWater = 0;
        context.Errors = null;
        context._errorBuffer.Clear();
        t_cached = context;
    }

    /// <summary>The errors reported so far (on the collecting path).</summary>
    public IReadOnlyList<SchemaError> ReportedErrors => _errorBuffer;

    public void PushProperty(JsonProperty property)
    {
        EnsurePathCapacity();
        _path[_pathCount++] = new PathSegment(property, -1);
    }

    public void PushIndex(int index)
    {
        EnsurePathCapacity();
        _path[_pathCount++] = new PathSegment(default, index);
    }

    public void Pop() => _pathCount--;

    /// <summary>Counts one more level of schema nesting; false when the depth or stack limit is reached.</summary>
    public bool Enter()
    {
        if (++_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth--;
            return false;
        }

        return true;
    }

    public void Exit() => _depth--;

    /// <summary>True when <paramref name="target"/> is already being evaluated at the current instance location:
    /// following the reference again would loop forever.</summary>
    public bool IsActive(SchemaNode target)
    {
        for (var i = _frameCount - 1; i >= 0; i--)
        {
            ref readonly var frame = ref _frames[i];
            if (frame.InstanceDepth < _pathCount)
            {
                // The instance path only grows along the evaluation stack: earlier frames are at ancestors.
                return false;
            }

            if (ReferenceEquals(frame.Target, target))
            {
                return true;
            }
        }

        return false;
    }

    public void PushReference(RefKeyword reference, SchemaNode target)
    {
        if (_frameCount == _frames.Length)
        {
            Array.Resize(ref _frames, _frames.Length * 2);
        }

        _frames[_frameCount++] = new RefFrame(reference, target, _pathCount);
    }

    public void PopReference() => _frameCount--;

    public EvaluationAnnotations RentAnnotations()
    {
        var annotations = _annotationPool.Count > 0 ? _annotationPool.Pop() : new EvaluationAnnotations();
        annotations.Reset();
        return annotations;
    }

    public void ReturnAnnotations(EvaluationAnnotations annotations) => _annotationPool.Push(annotations);

    /// <summary>Reports an error at the current instance location; call only when <see cref="Collecting"/>.</summary>
    public void AddError(string keyword, string schemaLocation, string message) =>
        Errors?.Add(new SchemaError
        {
            InstanceLocation = InstancePointer(),
            KeywordLocation = KeywordPointer(schemaLocation),
            SchemaLocation = schemaLocation,
            Keyword = keyword,
            Message = message,
        });

    private string InstancePointer()
    {
        if (_pathCount == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < _pathCount; i++)
        {
            builder.Append('/');
            ref readonly var segment = ref _path[i];
            if (segment.Index >= 0)
            {
                builder.Append(segment.Index.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                SchemaPointer.AppendEscaped(builder, JsonText.GetName(segment.Property));
            }
        }

        return builder.ToString();
    }

    private string KeywordPointer(string schemaLocation)
    {
        if (_frameCount == 1)
        {
            return schemaLocation;
        }

        // Each $ref followed contributes its own location relative to the schema it sits in; the keyword then
        // contributes its location relative to the last target.
        // Evaluation leaves a schema's subtree only through $ref, so each location starts with the location of the
        // schema its frame entered; should that ever not hold, the document location is still a correct answer.
        var builder = new StringBuilder();
        for (var i = 1; i < _frameCount; i++)
        {
            var previousTarget = _frames[i - 1].Target.Location;
            var reference = _frames[i].Reference!.Location;
            if (!reference.StartsWith(previousTarget, StringComparison.Ordinal))
            {
                return schemaLocation;
            }

            builder.Append(reference.AsSpan(previousTarget.Length));
        }

        var target = _frames[_frameCount - 1].Target.Location;
        if (!schemaLocation.StartsWith(target, StringComparison.Ordinal))
        {
            return schemaLocation;
        }

        builder.Append(schemaLocation.AsSpan(target.Length));
        return builder.ToString();
    }

    private void EnsurePathCapacity()
    {
        if (_pathCount == _path.Length)
        {
            Array.Resize(ref _path, _path.Length * 2);
        }

        if (_pathCount >= _pathHighWater)
        {
            _pathHighWater = _pathCount + 1;
        }
    }

    private readonly record struct PathSegment(JsonProperty Property, int Index);

    private readonly record struct RefFrame(RefKeyword? Reference, SchemaNode Target, int InstanceDepth);
}
