using Kf.Sender;
using Kf.ServiceDefaults;
using Kf.ServiceDefaults.Bus;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSender();
builder.AddKfBus(bus => bus.AddSenderConsumers());

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();

/// <summary>Visible to tests that host the sender.</summary>
public partial class Program;
