using Platforma.PortalLoad;

// bench/portal-load.sh runs both: "seed" once against the database, then "load" against the running app.
return args.FirstOrDefault() switch
{
    "seed" => await Seeder.RunAsync(args[1..]),
    "load" => await LoadClient.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Platforma.PortalLoad seed --users-per-gmina N --out users.csv [--Key:Name=value app settings...]
               Platforma.PortalLoad load --url http://127.0.0.1:PORT --users users.csv --concurrency N --seconds S
        """);
    return 2;
}
