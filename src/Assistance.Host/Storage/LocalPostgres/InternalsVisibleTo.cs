using System.Runtime.CompilerServices;

// The process runner and binary lookup have edge cases (orphaned pipes, timeouts, bad overrides)
// that are only testable directly.
[assembly: InternalsVisibleTo("Assistance.Host.Tests")]
