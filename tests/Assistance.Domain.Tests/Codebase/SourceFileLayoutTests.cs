using System.Text.RegularExpressions;

namespace Assistance.Domain.Tests.Codebase;

/// <summary>
/// One public type per file, the file named after it (<c>HouseholdCase.Appeals.cs</c> for a part of a partial type), across
/// every project under <c>src/</c>. Files use file-scoped namespaces, so a top-level type is a declaration at column 0.
/// </summary>
public partial class SourceFileLayoutTests
{
    [GeneratedRegex(@"^public\s+(?:(?:sealed|static|abstract|partial|readonly)\s+)*(?:record\s+struct|record\s+class|class|record|struct|interface|enum)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex PublicTopLevelType();

    public static IReadOnlyList<string> PublicTypesIn(string source) =>
        [.. PublicTopLevelType().Matches(source).Select(m => m.Groups[1].Value)];

    /// <summary>What is wrong with a file's layout, or null.</summary>
    public static string? Problem(string fileName, string source)
    {
        var types = PublicTypesIn(source);
        if (types.Count > 1) return $"holds {types.Count} public types ({string.Join(", ", types)})";
        var named = Path.GetFileNameWithoutExtension(fileName).Split('.')[0];
        return types.Count == 1 && types[0] != named ? $"holds {types[0]}" : null;
    }

    [Fact]
    public void Every_source_file_holds_one_public_type_named_like_the_file()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")).ToList();
        files.Count.ShouldBeGreaterThan(100);

        var problems = files.Select(f => (File: Path.GetRelativePath(src, f), Problem: Problem(f, File.ReadAllText(f))))
            .Where(p => p.Problem is not null).Select(p => $"{p.File} {p.Problem}").ToList();
        problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Refusal.cs", "public sealed record Refusal(string Title);\n\npublic static class Decision\n{\n}\n", "holds 2 public types (Refusal, Decision)")]
    [InlineData("Application.cs", "/// <summary>x</summary>\npublic static class ApplicationDecision\n{\n    public sealed record Nested;\n}\n", "holds ApplicationDecision")]
    [InlineData("HouseholdCase.Appeals.cs", "public partial class HouseholdCase\n{\n}\n", null)]
    [InlineData("IdNumber.cs", "public readonly record struct IdNumber(string Value);\n", null)]
    [InlineData("Zh.cs", "internal static class Zh\n{\n}\n", null)]
    public void The_check_sees_what_it_must(string fileName, string source, string? problem) =>
        Problem(fileName, source).ShouldBe(problem);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Assistance.sln"))) return dir.FullName;
        throw new InvalidOperationException("Assistance.sln not found above " + AppContext.BaseDirectory);
    }
}
