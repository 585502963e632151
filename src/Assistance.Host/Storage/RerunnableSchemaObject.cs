using Weasel.Core;
using DbDataReader = System.Data.Common.DbDataReader;

namespace Assistance.Host.Storage;

/// <summary>
/// A schema object Weasel cannot compare by itself: its query answers one boolean, whether it is in place, and when it is not
/// its create statement runs, which is therefore written to be safe to run again over whatever is there.
/// </summary>
public abstract class RerunnableSchemaObject(DbObjectName identifier) : SchemaObjectBase(identifier)
{
    public override async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default)
    {
        var present = await reader.ReadAsync(ct) && await reader.GetFieldValueAsync<bool>(0, ct);
        return new SchemaObjectDelta(this, present ? SchemaPatchDifference.None : SchemaPatchDifference.Create);
    }
}
