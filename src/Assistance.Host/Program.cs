using Assistance.Host;
using JasperFx;

var builder = WebApplication.CreateBuilder(args);
var connectionString = builder.Configuration.GetConnectionString("Marten")
    ?? throw new InvalidOperationException("ConnectionStrings:Marten is not set.");
builder.AddLedger(connectionString);

var app = builder.Build();
app.UseLedger();
return await app.RunJasperFxCommands(args);

public partial class Program;
