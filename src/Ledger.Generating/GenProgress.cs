namespace Ledger.Generating;

/// <summary>How far a generation is: unit-years written of the total, events appended so far, time since it began.</summary>
public readonly record struct GenProgress(int UnitYearsDone, int UnitYearsTotal, long EventsAppended, TimeSpan Elapsed)
{
    public double EventsPerSecond => Elapsed.TotalSeconds > 0 ? EventsAppended / Elapsed.TotalSeconds : 0;
}
