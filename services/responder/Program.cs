using Kf.Knowledge.Admin;
using Kf.Responder;
using Kf.ServiceDefaults;
using Kf.ServiceDefaults.Bus;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddResponder();
builder.AddKfBus(bus => bus.AddResponderConsumers());

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapKnowledgeAdmin();
app.Run();

/// <summary>Visible to tests that host the responder.</summary>
public partial class Program;
