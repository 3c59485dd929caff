using Platforma.Web;
using Platforma.Web.Cli;

var app = PlatformApp.CreateBuilder(args).Build();

if (PlatformCli.IsCommand(args))
    return await PlatformCli.RunAsync(app, args);

await PlatformApp.ConfigureAsync(app);
app.Run();
return 0;
