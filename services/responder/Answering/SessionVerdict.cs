using Kf.WeCom.Models;

namespace Kf.Responder.Answering;

/// <summary>What service_state/get said about answering now.</summary>
/// <param name="MayAnswer">False only when WeCom said 2, 3 or 4.</param>
/// <param name="State">The state, or null when WeCom could not be asked (see <see cref="SessionGate"/>).</param>
internal sealed record SessionVerdict(bool MayAnswer, ServiceState? State);
