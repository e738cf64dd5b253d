namespace ClinicalContent.Model;

/// <summary>A unit of time; the wire names are the UCUM codes FHIR uses for timing.</summary>
public enum TimeUnit
{
    /// <summary>Seconds (wire name <c>s</c>).</summary>
    Second,

    /// <summary>Minutes (wire name <c>min</c>).</summary>
    Minute,

    /// <summary>Hours (wire name <c>h</c>).</summary>
    Hour,

    /// <summary>Days (wire name <c>d</c>).</summary>
    Day,

    /// <summary>Weeks (wire name <c>wk</c>).</summary>
    Week,

    /// <summary>Months (wire name <c>mo</c>).</summary>
    Month,

    /// <summary>Years (wire name <c>a</c>).</summary>
    Year,
}
