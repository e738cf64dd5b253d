namespace ClinicalContent.Tests.Validation;

/// <summary>A clock that always says the same instant; Microsoft.Extensions.TimeProvider.Testing cannot be restored here.</summary>
internal sealed class FakeTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
