using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Kf.Knowledge.Tests.Support;

/// <summary>An <see cref="ILogger{T}"/> that keeps each event's level, name and formatted message.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, string? Event, string Message)> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((logLevel, eventId.Name, formatter(state, exception)));
}
