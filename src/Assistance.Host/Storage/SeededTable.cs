using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql.Tables;

namespace Assistance.Host.Storage;

/// <summary>A table kept from documents by triggers, filled from the documents already stored when it is created.</summary>
public sealed class SeededTable(DbObjectName name, string seed) : Table(name)
{
    public override void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        base.WriteCreateStatement(migrator, writer);
        writer.WriteLine(seed);
    }
}
