using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Assistance.Host.Tests.Support;

/// <summary>Every line the host logs, with its category, rendered message and structured values, for tests of what is logged.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public sealed record Line(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values);

    private readonly ConcurrentQueue<Line> _lines = new();

    public IReadOnlyList<Line> Lines => _lines.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<Line> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            lines.Enqueue(new Line(category, logLevel, formatter(state, exception), values.ToDictionary(v => v.Key, v => v.Value)));
        }
    }
}
