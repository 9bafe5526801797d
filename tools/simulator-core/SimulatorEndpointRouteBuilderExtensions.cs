using Kf.Simulator.Chat;
using Kf.Simulator.Control;
using Kf.Simulator.Accounts;
using Kf.Simulator.Media;
using Kf.Simulator.Sessions;
using Kf.Simulator.Send;
using Kf.Simulator.Sync;

namespace Kf.Simulator;

public static class SimulatorEndpointRouteBuilderExtensions
{
    /// <summary>Maps the 微信客服 API under <c>/cgi-bin</c>, the control API and the chat page under <c>/sim</c>.</summary>
    public static IEndpointRouteBuilder MapWeComSimulator(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/cgi-bin");
        api.MapToken();
        api.MapSyncMsg();
        api.MapSendMsg();
        api.MapSendOnEvent();
        api.MapServiceState();
        api.MapAccounts();
        api.MapMedia();

        var sim = app.MapGroup("/sim");
        sim.MapCustomers();
        sim.MapLedgers();
        sim.MapSessionControl();
        sim.MapFaults();
        sim.MapAdmin();
        sim.MapChatPage();
        return app;
    }
}
