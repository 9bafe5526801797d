using Kf.Coordination.Tests.Backends;
using Kf.Coordination.Tests.Contracts;

namespace Kf.Coordination.Tests;

public sealed class InProcessRateCounterTests : RateCounterContract<InProcessBackend>;
