using NodaTime;

namespace Assistance.Host.Audit.Anchors;

/// <summary>Anchor <see cref="Day"/>; asked for by the daily job once it has recorded what time caused up to that day.</summary>
public sealed record AnchorDay(DateOnly Day);
