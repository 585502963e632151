using Assistance.Host;
using Assistance.Host.Storage;
using JasperFx;

var builder = WebApplication.CreateBuilder(args);

// Without a configured server the ledger runs on a private PostgreSQL cluster of its own under .local/pgdata.
await using var localCluster = await LocalDatabase.StartUnlessConfiguredAsync(builder.Configuration);
builder.AddLedger(builder.Configuration.GetConnectionString("Marten") ?? localCluster!.ConnectionString);

var app = builder.Build();
app.UseLedger();
return await app.RunJasperFxCommands(args);

public partial class Program;
