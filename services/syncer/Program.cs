using Kf.ServiceDefaults;
using Kf.ServiceDefaults.Bus;
using Kf.Syncer;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSyncer();
builder.AddKfBus(bus => bus.AddSyncerConsumers());

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();

/// <summary>Visible to tests that host the syncer.</summary>
public partial class Program;
