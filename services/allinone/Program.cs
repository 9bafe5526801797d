using Kf.AllInOne;

// The four services in one process on embedded stand-ins (in-memory bus, SQLite, in-process
// coordination). With no WeCom account configured it is the sandbox: the 微信客服 simulator and its
// chat page on the same address (services/allinone/README.md).
var builder = WebApplication.CreateBuilder(args);

builder.AddAllInOne();      // embedded defaults, sandbox or real account, ingress + syncer + responder + sender, one bus

var app = builder.Build();

app.MapAllInOne();          // /healthz, /readyz, /metrics, /wecom/callback; in the sandbox also /cgi-bin and /sim

app.Run();
