using Kf.Simulator;
using Kf.Simulator.Host;

// The 微信客服 simulator as a standalone process (tools/simulator/README.md).
var builder = WebApplication.CreateSlimBuilder(args);
builder.ConfigureSimulatorHost();
builder.Services.AddWeComSimulator(builder.Configuration);

var app = builder.Build();
app.MapGet("/healthz", () => TypedResults.Text("ok"));
app.MapWeComSimulator();

return await app.RunOrExplainAsync();
