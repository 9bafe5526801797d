using Kf.Simulator.Options;
using Kf.Simulator.Time;
using Microsoft.Extensions.Options;

namespace Kf.Simulator.State;

/// <summary>
/// All simulator state, in memory. One <see cref="Gate"/> guards every collection: operations span
/// several of them (send_msg reads the session, the ledger and the faults, then writes two), each
/// holds the lock for microseconds, and one lock cannot deadlock.
/// </summary>
internal sealed class SimulatorState
{
    public SimulatorState(IOptions<SimulatorOptions> options, SimClock clock)
    {
        Options = options.Value;
        Clock = clock;
        OpenKfIds = Options.OpenKfIds.Length > 0 ? Options.OpenKfIds : SimulatorOptions.DefaultOpenKfIds;
        var cap = Options.MaxStoredItems;
        Messages = new MessageLog(cap);
        Sent = new SentLedger(cap);
        Media = new MediaStore(cap);
        Callbacks = new CallbackLog(cap);
        Servicers = new ServicerTable(Options.Servicers.Length > 0 ? Options.Servicers : SimulatorOptions.DefaultServicers);
    }

    public Lock Gate { get; } = new();

    public SimulatorOptions Options { get; }

    public SimClock Clock { get; }

    public IReadOnlyList<string> OpenKfIds { get; }

    public MessageLog Messages { get; }

    public SessionTable Sessions { get; } = new();

    public SentLedger Sent { get; }

    public AccessTokens AccessTokens { get; } = new();

    public SyncTokens SyncTokens { get; } = new();

    public EventCodes Codes { get; } = new();

    public MediaStore Media { get; }

    public FaultSet Faults { get; } = new();

    public SimStats Stats { get; } = new();

    public CallbackLog Callbacks { get; }

    public ServicerTable Servicers { get; }

    public RateWindow SyncWithoutToken { get; } = new(TimeSpan.FromMinutes(1));

    public RateWindow SendPerAccount { get; } = new(TimeSpan.FromSeconds(1));

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>Bumped by <see cref="Reset"/>: work started before a reset does not record into the new state.</summary>
    public long Generation { get; private set; }

    public bool IsAccount(string? openKfId) => openKfId is not null && OpenKfIds.Contains(openKfId);

    /// <summary>
    /// Clears conversations, ledgers, faults, stats, media and the clock offset. Access tokens stay
    /// valid so a bot under test keeps working across resets.
    /// </summary>
    public void Reset()
    {
        lock (Gate)
        {
            Messages.Clear();
            Sessions.Clear();
            Sent.Clear();
            SyncTokens.Clear();
            Codes.Clear();
            Media.Clear();
            Faults.Clear();
            Stats.Clear();
            Callbacks.Clear();
            Servicers.Reset();
            SyncWithoutToken.Clear();
            SendPerAccount.Clear();
            Clock.ResetOffset();
            Generation++;
        }
    }
}
