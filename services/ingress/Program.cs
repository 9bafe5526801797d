using Kf.Ingress;
using Kf.Ingress.Callbacks;
using Kf.ServiceDefaults;
using Kf.ServiceDefaults.Bus;

// The ingress answers WeChat's callbacks: verify, decrypt, check the CorpID, publish
// CallbackReceived once the broker confirms it, answer 200 — nothing slower on this path.
var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();   // JSON logs, /healthz, /metrics
builder.AddKfBus();             // publish-only: RabbitMQ with confirms, or Kf:Transport=InMemory
builder.AddIngress();           // WeCom callback settings, the decoder, metrics, body bound

var app = builder.Build();

app.MapDefaultEndpoints();      // /healthz, /readyz, /metrics
app.MapCallbacks();             // GET and POST /wecom/callback

app.Run();
