using Assistance.Host;
using Assistance.Host.Storage;
using JasperFx;
using JasperFx.CommandLine;

var builder = WebApplication.CreateBuilder(args);
// A command-line verb runs no projection daemon: it must not take the Solo daemon's lock (Storage/SoloDaemonLock).
if (args is [var verb, ..] && !verb.StartsWith('-') && !verb.Equals("run", StringComparison.OrdinalIgnoreCase))
    builder.Configuration[LedgerStore.CommandLineVerbSetting] = "true";

// Without a configured server the ledger runs on a private PostgreSQL cluster of its own under .local/pgdata.
await using var localCluster = await LocalDatabase.StartUnlessConfiguredAsync(builder.Configuration);
builder.AddLedger(builder.Configuration.GetConnectionString("Marten") ?? localCluster!.ConnectionString);

// JasperFx's command discovery prints "Searching '…' for commands" for every assembly it scans until JasperFx extensions
// have been applied once in the process. The ledger registers its services itself and has no extension types to apply,
// so it applies the (empty) set here and every verb prints only its own output.
new CommandFactory().ApplyExtensions(builder.Services);

var app = builder.Build();
app.UseLedger();
return await app.RunJasperFxCommands(args);

public partial class Program;
