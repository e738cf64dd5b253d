using ClinicalContent.Model;

namespace ClinicalContent.Import;

/// <summary>What <see cref="DosageParser"/> has read so far; every setter refuses a second, different value.</summary>
internal sealed class DosageDraft
{
    private readonly List<TimingEvent> _events = [];

    public Dose? Dose { get; private set; }

    public CodedConcept? Route { get; private set; }

    public int? Frequency { get; private set; }

    public decimal? Period { get; private set; }

    public TimeUnit? PeriodUnit { get; private set; }

    public TimeOffset? Offset { get; private set; }

    public bool AsNeeded { get; private set; }

    public string? AsNeededFor { get; private set; }

    public MaximumDose? MaximumDose { get; private set; }

    /// <summary>True once a frequency the model cannot carry (such as "every 4 to 6 hours") was seen.</summary>
    public bool FrequencyUnreadable { get; private set; }

    public int EventCount => _events.Count;

    public bool IsEmpty => Dose is null && Route is null && Frequency is null && Offset is null && _events.Count == 0
        && !AsNeeded && MaximumDose is null;

    public bool SetDose(Dose dose)
    {
        if (Dose is not null)
        {
            return false;
        }

        Dose = dose;
        return true;
    }

    public bool SetRoute(CodedConcept route)
    {
        if (Route is not null)
        {
            return Route == route;
        }

        Route = route;
        return true;
    }

    public bool SetFrequency(int frequency, decimal period, TimeUnit unit)
    {
        if (Frequency is not null || FrequencyUnreadable)
        {
            return Frequency == frequency && Period == period && PeriodUnit == unit;
        }

        Frequency = frequency;
        Period = period;
        PeriodUnit = unit;
        return true;
    }

    public bool SetFrequencyUnreadable()
    {
        if (Frequency is not null || FrequencyUnreadable)
        {
            return false;
        }

        FrequencyUnreadable = true;
        return true;
    }

    public void AddEvent(TimingEvent timingEvent)
    {
        if (!_events.Contains(timingEvent))
        {
            _events.Add(timingEvent);
        }
    }

    public bool SetOffset(TimeOffset offset)
    {
        if (Offset is not null)
        {
            return false;
        }

        Offset = offset;
        return true;
    }

    public bool SetAsNeeded(string? reason)
    {
        if (AsNeeded)
        {
            return false;
        }

        AsNeeded = true;
        AsNeededFor = reason;
        return true;
    }

    public bool SetMaximum(MaximumDose maximum)
    {
        if (MaximumDose is not null)
        {
            return false;
        }

        MaximumDose = maximum;
        return true;
    }

    public Dosage ToDosage(string text)
    {
        Timing? timing = null;
        if (Frequency is not null || Offset is not null || _events.Count > 0)
        {
            timing = new Timing
            {
                When = _events.ToEquatableArray(),
                Frequency = Frequency,
                Period = Period,
                PeriodUnit = PeriodUnit,
                Offset = Offset,
            };
        }

        return new Dosage
        {
            Text = text,
            Dose = Dose,
            Route = Route,
            Timing = timing,
            AsNeeded = AsNeeded,
            AsNeededFor = AsNeededFor,
            MaximumDose = MaximumDose,
        };
    }
}
