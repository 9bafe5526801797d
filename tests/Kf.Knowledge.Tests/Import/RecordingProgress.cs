using Kf.Knowledge.Import;

namespace Kf.Knowledge.Tests.Import;

// Progress<T> reports on the thread pool, later; this one records in order, as reported.
internal sealed class RecordingProgress : IProgress<ImportProgress>
{
    public List<ImportProgress> Reports { get; } = [];

    public void Report(ImportProgress value) => Reports.Add(value);
}
