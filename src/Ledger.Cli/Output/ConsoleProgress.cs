using System.Diagnostics;
using Ledger.Application.Importing;
using Ledger.Sheets.Numbers;

namespace Ledger.Cli.Output;

/// <summary>
/// A progress bar on stderr for work that takes more than a second: silent before that, and silent when
/// stderr is not a terminal (logs stay clean) unless <c>LEDGER_PROGRESS=1</c>. Redraws at most ten times
/// a second. Thread-safe.
/// </summary>
public sealed class ConsoleProgress : IProgress<long>, IProgress<ImportProgress>, IDisposable
{
    private static readonly TimeSpan ShowAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);
    private const int BarWidth = 30;

    private readonly TextWriter _error;
    private string _label;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _enabled;
    private readonly Lock _gate = new();
    private TimeSpan _lastDraw;
    private bool _phaseChanged;
    private bool _drawn;

    public ConsoleProgress(TextWriter error, string label, long? total)
    {
        _error = error;
        _label = label;
        Total = total;
        _enabled = !Console.IsErrorRedirected || Environment.GetEnvironmentVariable("LEDGER_PROGRESS") == "1";
    }

    public long? Total { get; set; }

    /// <summary>A phase of an import: the label becomes the phase, the bar counts phases.</summary>
    public void Report(ImportProgress value)
    {
        lock (_gate)
        {
            _label = value.Phase;
            Total = value.Total;
            // A new phase always redraws, so a slow append shows what it is doing.
            _phaseChanged = true;
        }
        Report(value.Done);
    }

    public void Report(long value)
    {
        if (!_enabled)
            return;
        lock (_gate)
        {
            var now = _clock.Elapsed;
            if (now < ShowAfter || (!_phaseChanged && now - _lastDraw < RedrawEvery))
                return;
            _lastDraw = now;
            _phaseChanged = false;
            _drawn = true;
            _error.Write("\r" + Line(value, now));
        }
    }

    public void Done()
    {
        lock (_gate)
        {
            if (_drawn)
                _error.WriteLine();
            _drawn = false;
        }
    }

    public void Dispose() => Done();

    private string Line(long value, TimeSpan elapsed)
    {
        var seconds = $"{elapsed.TotalSeconds:F1} s";
        if (Total is not { } total || total <= 0)
            return $"{_label} {Indonesian.Number(value)} … {seconds}";
        var fraction = Math.Clamp((double)value / total, 0, 1);
        var filled = (int)(fraction * BarWidth);
        return $"{_label} [{new string('#', filled)}{new string('.', BarWidth - filled)}] {fraction:P0} {Indonesian.Number(value)}/{Indonesian.Number(total)} {seconds}";
    }
}
