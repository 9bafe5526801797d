using System.Diagnostics.Metrics;
using Kf.ServiceDefaults.Tests.Support;

namespace Kf.ServiceDefaults.Tests.Metrics;

public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Should_expose_a_kf_counter_in_prometheus_text_when_it_was_incremented()
    {
        await using var app = await TestApp.StartAsync(TestApp.CreateBuilder(new Dictionary<string, string?>()));
        // A meter name of its own keeps parallel tests from adding to this counter.
        using var meter = new Meter($"Kf.Test{Guid.NewGuid():N}");
        var published = meter.CreateCounter<long>("kf.messages.published", description: "Messages put on the bus.");
        published.Add(2, new KeyValuePair<string, object?>("open_kfid", "wk1"));
        published.Add(1, new KeyValuePair<string, object?>("open_kfid", "wk1"));

        var response = await app.Client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE kf_messages_published_total counter\n", text);
        Assert.Contains("kf_messages_published_total{open_kfid=\"wk1\"} 3\n", text);
    }

    [Fact]
    public async Task Should_expose_count_and_sum_when_a_histogram_recorded_values()
    {
        await using var app = await TestApp.StartAsync(TestApp.CreateBuilder(new Dictionary<string, string?>()));
        using var meter = new Meter($"Kf.Test{Guid.NewGuid():N}");
        var latency = meter.CreateHistogram<double>("kf.ack.latency");
        latency.Record(1.5);
        latency.Record(2.5);

        var text = await app.Client.GetStringAsync("/metrics");

        Assert.Contains("kf_ack_latency_sum 4\n", text);
        Assert.Contains("kf_ack_latency_count 2\n", text);
    }

    [Fact]
    public async Task Should_leave_out_meters_when_they_are_not_configured()
    {
        await using var app = await TestApp.StartAsync(TestApp.CreateBuilder(new Dictionary<string, string?>()));
        using var meter = new Meter($"Other{Guid.NewGuid():N}");
        meter.CreateCounter<long>("other.things").Add(1);

        Assert.DoesNotContain("other_things", await app.Client.GetStringAsync("/metrics"));
    }
}
