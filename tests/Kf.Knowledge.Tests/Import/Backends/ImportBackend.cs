namespace Kf.Knowledge.Tests.Import.Backends;

// A class fixture: the database an importer host is pointed at, as the settings production would use.
public abstract class ImportBackend : IAsyncLifetime
{
    public abstract IReadOnlyDictionary<string, string?> Settings { get; }

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();
}
