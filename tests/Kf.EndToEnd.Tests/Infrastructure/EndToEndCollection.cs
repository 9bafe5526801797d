namespace Kf.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Every class here starts several processes on a 2-core machine: one collection, so they run one
/// at a time (xunit.runner.json also turns collection parallelism off).
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection
{
    public const string Name = "end-to-end";
}
