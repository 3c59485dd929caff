using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Platforma.Web.Tests.Infrastructure;

/// <summary>Every log event the app writes, rendered with its properties, for tests about what must never be logged.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<string> _events = new();

    public IReadOnlyCollection<string> Events => _events;

    public void Emit(LogEvent logEvent)
    {
        using var text = new StringWriter();
        logEvent.RenderMessage(text);
        foreach (var (name, value) in logEvent.Properties) text.Write($" {name}={value}");
        if (logEvent.Exception is not null) text.Write(" " + logEvent.Exception);
        _events.Enqueue(text.ToString());
    }
}
