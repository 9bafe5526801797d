using Kf.Sender.Diagnostics;

namespace Kf.Sender.Redelivery;

/// <summary>Declares the parking queues at start, so they are visible before the first retry; a broker still down is not fatal (the first redelivery declares them).</summary>
internal sealed class ParkingQueueDeclarer(ParkingQueues queues, ILogger<ParkingQueueDeclarer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await queues.EnsureDeclaredAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.ParkingQueuesNotDeclared(e);
        }
    }
}
