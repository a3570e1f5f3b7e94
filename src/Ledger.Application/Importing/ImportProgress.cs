namespace Ledger.Application.Importing;

/// <summary>Where an import is: its phase (reading, deciding, appending), and how far through it.</summary>
public readonly record struct ImportProgress(string Phase, long Done, long Total);
