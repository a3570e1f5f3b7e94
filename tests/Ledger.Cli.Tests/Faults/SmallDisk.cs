using System.Diagnostics;

namespace Ledger.Cli.Tests.Faults;

/// <summary>
/// A folder on a file system that fills up after a few hundred KiB: a tmpfs mounted with a size limit (needs
/// root, as on this machine and CI). Where mounting is not permitted, the ledger runs under a file size limit
/// (<c>ulimit -f</c>) instead: then a write past the limit fails with EFBIG, which SQLite reports as an I/O error
/// rather than a full disk, and a store that cannot even be opened cannot be simulated (the .NET runtime itself
/// aborts under <c>ulimit -f 0</c>). <c>LEDGER_SMALL_DISK=limit</c> forces the fallback, to test it.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private readonly int _limitKib;
    private bool _mounted;
    private bool _limitLifted;

    private SmallDisk(string folder, bool mounted, int limitKib)
    {
        Folder = folder;
        _mounted = mounted;
        _limitKib = limitKib;
    }

    public string Folder { get; }

    /// <summary>A real file system that fills up (tmpfs); false under the file size limit.</summary>
    public bool IsTmpfs => _mounted;

    /// <summary>A small disk of <paramref name="kib"/> KiB at <paramref name="folder"/> (created).</summary>
    public static SmallDisk Create(string folder, int kib)
    {
        Directory.CreateDirectory(folder);
        if (Environment.GetEnvironmentVariable("LEDGER_SMALL_DISK") != "limit"
            && Command("mount", "-t", "tmpfs", "-o", $"size={kib}k,mode=0755", "tmpfs", folder).ExitCode == 0)
        {
            return new SmallDisk(folder, mounted: true, kib);
        }
        return new SmallDisk(folder, mounted: false, kib);
    }

    /// <summary>How a ledger command on this disk is started: as is on the tmpfs, under the size limit otherwise.</summary>
    public ProcessStartInfo Wrap(ProcessStartInfo start)
    {
        if (_mounted || _limitLifted)
            return start;
        // SIGXFSZ would kill the process at the limit; ignored, the write fails with EFBIG and SQLite reports it.
        // The runtime maps its code with a file (W^X) that the limit also stops; without W^X it needs none.
        var limited = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = start.WorkingDirectory,
        };
        limited.ArgumentList.Add("-c");
        limited.ArgumentList.Add($"trap '' XFSZ; ulimit -f {_limitKib}; exec \"$0\" \"$@\"");
        limited.ArgumentList.Add(start.FileName);
        foreach (var arg in start.ArgumentList)
            limited.ArgumentList.Add(arg);
        foreach (var (name, value) in start.Environment)
            limited.Environment[name] = value;
        limited.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        return limited;
    }

    /// <summary>Gives the disk room again (remounts the tmpfs bigger, or lifts the limit), keeping its files.</summary>
    public void Grow(int kib)
    {
        if (_mounted)
        {
            var remount = Command("mount", "-o", $"remount,size={kib}k", Folder);
            Assert.True(remount.ExitCode == 0, $"remounting {Folder} bigger: {remount}");
        }
        else
        {
            _limitLifted = true;
        }
    }

    /// <summary>Fills what is left of the disk with one file, so that not even a few bytes can be written.</summary>
    public string FillUp()
    {
        var filler = Path.Combine(Folder, "filler");
        var block = new byte[4096];
        using (var file = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1))
        {
            try
            {
                while (true)
                    file.Write(block);
            }
            catch (IOException)
            {
                // ENOSPC: the disk is full, as wanted. Single bytes then fill the last partial block.
                try
                {
                    while (true)
                        file.Write(block, 0, 1);
                }
                catch (IOException)
                {
                    // Full to the last byte.
                }
            }
        }
        return filler;
    }

    public void Dispose()
    {
        if (!_mounted)
            return;
        // A lazy unmount still detaches the folder if a process left behind holds a file open in it.
        if (Command("umount", Folder).ExitCode != 0)
            Command("umount", "-l", Folder);
        _mounted = false;
    }

    private static LedgerRun Command(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        try
        {
            return ProcessRunner.Run(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new LedgerRun(-1, "", e.Message);
        }
    }
}
