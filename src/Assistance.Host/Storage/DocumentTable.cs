using Marten;
using Weasel.Core;
using Weasel.Postgresql;

namespace Assistance.Host.Storage;

/// <summary>The table Marten keeps a document type in, named for the schema objects of ours that work on it.</summary>
public static class DocumentTable
{
    public static DbObjectName Of<T>(StoreOptions options) => Of(options, typeof(T));

    public static DbObjectName Of(StoreOptions options, Type document) =>
        PostgresqlProvider.Instance.Parse(((IReadOnlyStoreOptions)options).Schema.For(document, true));
}
