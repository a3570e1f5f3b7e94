using Ledger.Domain.Budget;
using Ledger.Domain.Events;
using Ledger.Domain.Performance.Commands;
using Ledger.Domain.Values;

namespace Ledger.Domain.Performance;

public static partial class PerformanceDecider
{
    private static Decision DecidePk(ImportPk command, PerformanceState state)
    {
        var year = command.Context.FiscalYear;
        if (CheckEffective(command.Context, year, year) is { } tooFar)
            return tooFar;
        if (command.Rows.Count == 0)
            return Decision.Reject("the PK sheet has no indicator", field: "indikator");
        var renstra = command.Renstras.Where(r => r.Covers(year)).MaxBy(r => r.FirstYear);
        if (renstra is null && command.Renstras.Count > 0)
        {
            var periods = string.Join(", ", command.Renstras.OrderBy(r => r.FirstYear).Select(r => r.Period));
            return Decision.Reject($"a PK for {year} lies outside the Renstra of {command.Context.Unit} ({periods})", field: "year");
        }

        var planned = new List<PkIndicator>();
        var seen = new Dictionary<string, int>();
        foreach (var row in command.Rows)
        {
            if (PlanRow(command, row, renstra) is not { } indicator)
                return RowRefusal(command, row, renstra)!;
            if (!seen.TryAdd(IndicatorMatch.Key(indicator.Indikator), row.Row))
                return RejectRow($"indikator '{row.Indikator}' is listed twice (rows {seen[IndicatorMatch.Key(indicator.Indikator)]} and {row.Row})", row.Row, "indikator");
            planned.Add(indicator with { Order = planned.Count });
        }

        var events = new List<BudgetEvent> { new PkSheetImported(command.Source, command.Fingerprint, renstra?.FirstYear, command.Rows.Count) };
        var before = state.Pk;
        foreach (var indicator in planned)
        {
            var old = before?.Find(indicator.Indikator);
            if (old is null || (old.Sasaran, old.Indikator, old.Satuan, old.Arah, old.Iku, old.Order)
                != (indicator.Sasaran, indicator.Indikator, indicator.Satuan, indicator.Arah, indicator.Iku, indicator.Order))
            {
                events.Add(new PkIndicatorDefined(indicator.Sasaran, indicator.Indikator, indicator.Satuan, indicator.Arah, indicator.Iku, indicator.Order));
            }
            var target = indicator.Target!.Value;
            if (old?.Target is not { } from)
                events.Add(new PkTargetSet(indicator.Indikator, target));
            else if (from != target)
                events.Add(new PkTargetRevised(indicator.Indikator, from, target));
            var programs = old?.Programs ?? KodeList.Empty;
            if (!programs.Equals(indicator.Programs))
                events.Add(new PkProgramsAssigned(indicator.Indikator, programs, indicator.Programs));
        }
        foreach (var old in before?.Indicators ?? [])
        {
            if (!planned.Any(p => IndicatorMatch.Same(p.Indikator, old.Indikator)))
                events.Add(new PkIndicatorDropped(old.Indikator));
        }
        // Checked against another Renstra than before: the marker alone records the new link.
        if (events.Count == 1 && before is not null && before.RenstraFirstYear != renstra?.FirstYear)
            return Decision.Accept(Envelopes.WrapAt(command.Context, command.Fingerprint, state.EventCount, events));
        return Accept(command, state, events);
    }

    /// <summary>The indicator a row commits to, with the Renstra's name, satuan and arah where it has them; null when the row is refused.</summary>
    private static PkIndicator? PlanRow(ImportPk command, PkRow row, RenstraState? renstra)
    {
        if (RowRefusal(command, row, renstra) is not null)
            return null;
        var planned = renstra?.Find(row.Indikator);
        var satuan = string.IsNullOrEmpty(planned?.Satuan) ? row.Satuan ?? row.Target.Satuan : planned.Satuan;
        var arah = planned?.Arah ?? row.Arah ?? Arah.Naik;
        var target = row.Target with { Satuan = satuan };
        return new PkIndicator(row.Sasaran, planned?.Indikator ?? row.Indikator, satuan, arah, planned?.Iku ?? false, 0, target, row.Programs);
    }

    private static Decision? RowRefusal(ImportPk command, PkRow row, RenstraState? renstra)
    {
        if (string.IsNullOrWhiteSpace(row.Sasaran))
            return RejectRow("the row names no sasaran", row.Row, "sasaran");
        if (string.IsNullOrWhiteSpace(row.Indikator))
            return RejectRow("the row names no indikator", row.Row, "indikator");
        if (renstra is not null && renstra.Find(row.Indikator) is null)
        {
            var closest = IndicatorMatch.Closest(row.Indikator, renstra.Indicators.Select(i => i.Indikator));
            return RejectRow($"indikator '{row.Indikator}' is not in the Renstra {renstra.Period}; the closest is '{closest}'", row.Row, "indikator");
        }
        foreach (var kode in row.Programs.Items)
        {
            if (!command.BudgetKodes.Contains(kode))
            {
                return new Decision.Rejected(new Rejection(
                    $"program {kode} is not a line of the {command.Context.FiscalYear} budget of {command.Context.Unit}", kode, "program")
                { Row = row.Row });
            }
        }
        return null;
    }
}
