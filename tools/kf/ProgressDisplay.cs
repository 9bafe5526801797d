using Kf.Knowledge.Import;

namespace Kf.Cli;

/// <summary>
/// Import progress on stderr: files done and the current file's chunks. On a terminal one line redrawn in
/// place; otherwise (a log, a pipe) a plain line at each quarter of a large file's chunks, so logs stay short.
/// </summary>
internal sealed class ProgressDisplay(TextWriter error, bool interactive, int fileCount)
{
    /// <summary>Below this many chunks a file is quick: a plain log gets no progress lines for it.</summary>
    public const int LargeFileChunks = 100;

    private const int BarWidth = 24;
    private readonly Lock _gate = new();
    private int _drawn;

    public IProgress<ImportProgress> ForFile(int index, string name) => new FileProgress(this, index, name);

    /// <summary>Removes the redrawn line before a file's summary is written.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            if (interactive && _drawn > 0)
            {
                error.Write('\r' + new string(' ', _drawn) + '\r');
                error.Flush();
                _drawn = 0;
            }
        }
    }

    private void Show(FileProgress file, ImportProgress progress)
    {
        lock (_gate)
        {
            var total = Math.Max(progress.Total, 1);
            var (index, name) = (file.Index, file.Name);
            var files = $"file {index + 1}/{fileCount}";
            if (interactive)
            {
                var filled = (int)((long)BarWidth * Math.Min(progress.Done, total) / total);
                var line = $"{files} [{new string('#', filled)}{new string('.', BarWidth - filled)}] {progress.Done}/{progress.Total} chunks {progress.Stage}  {name}";
                var width = Math.Max(Width() - 1, 20);
                line = line.Length > width ? line[..width] : line;
                error.Write('\r' + line.PadRight(_drawn));
                error.Flush();
                _drawn = line.Length;
                return;
            }

            if (progress.Stage != file.Stage)
            {
                (file.Stage, file.Quarter) = (progress.Stage, 0);
            }

            var quarter = (int)(4L * progress.Done / total);
            if (progress.Total >= LargeFileChunks && quarter > file.Quarter)
            {
                file.Quarter = quarter;
                error.WriteLine($"{files} {name}: {progress.Stage} {progress.Done}/{progress.Total} chunks");
            }
        }
    }

    private static int Width()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }

    private sealed class FileProgress(ProgressDisplay display, int index, string name) : IProgress<ImportProgress>
    {
        public int Index => index;

        public string Name => name;

        /// <summary>The stage last shown and the quarter of it reached (plain output).</summary>
        public string? Stage { get; set; }

        public int Quarter { get; set; }

        public void Report(ImportProgress value) => display.Show(this, value);
    }
}
