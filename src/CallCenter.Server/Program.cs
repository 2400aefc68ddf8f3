using CallCenter.Server.Commands;
using CallCenter.Server.Extensions;

if (ServerCommandLine.HasVerb(args))
{
    return await ServerCommandLine.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
}

// appsettings.json is found beside the binaries whatever the working directory; relative paths in it (data/,
// logs/) are relative to the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddCallCenterLogging();
builder.AddCallCenterData();
builder.AddCallCenterTelephony();
builder.AddCallCenterIvr();
builder.AddCallCenterAcd();
builder.AddCallCenterWeb();

await using var app = builder.Build();
app.MapCallCenterWeb();
await app.RunAsync();
return 0;
