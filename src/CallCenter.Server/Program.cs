using CallCenter.Server.Extensions;

var builder = Host.CreateApplicationBuilder(args);
builder.AddCallCenterLogging();
builder.AddCallCenterTelephony();

using var host = builder.Build();
await host.RunAsync();
