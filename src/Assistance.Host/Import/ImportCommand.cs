using Assistance.Host.Core;
using JasperFx.CommandLine;

namespace Assistance.Host.Import;

[Description("Import an existing county roster (.csv/.xlsx) into the ledger", Name = "import")]
public sealed class ImportCommand : JasperFxAsyncCommand<ImportInput>
{
    public ImportCommand() => Usage("Import a roster file").Arguments(x => x.Kind, x => x.File);

    public override async Task<bool> Execute(ImportInput input)
    {
        if (!input.Kind.Equals("roster", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine($"未知导入类型「{input.Kind}」：可用 roster");
            return false;
        }
        if (!System.IO.File.Exists(input.File))
        {
            Console.Error.WriteLine($"找不到文件：{Path.GetFullPath(input.File)}（相对路径按当前目录 {Environment.CurrentDirectory} 解析）");
            return false;
        }
        using var host = input.BuildHost();
        var importer = host.Services.GetRequiredService<RosterImporter>();
        var progress = new Progress<ImportProgress>(p =>
        {
            if (p.Total > 0) Console.Write($"\r{p.Phase}：{p.Done:N0} / {p.Total:N0} 户   ");
        });
        var run = await importer.ImportAsync(await System.IO.File.ReadAllBytesAsync(input.File), Path.GetFileName(input.File), "命令行导入",
            Guid.CreateVersion7(), progress, CancellationToken.None);
        Console.WriteLine();
        Console.WriteLine($"导入编号 {run.Id}：{run.Households:N0} 户，本次导入 {run.Imported:N0} 户，已导入跳过 {run.Skipped:N0} 户，未导入 {run.Rejected:N0} 户，错误 {run.Errors.Count:N0} 行。");
        if (run.Errors.Count > 0)
        {
            var report = input.ReportFlag ?? input.File + ".errors.csv";
            await System.IO.File.WriteAllBytesAsync(report, TableFiles.Csv(run.ErrorReport()));
            Console.WriteLine($"错误报告已写入 {report}");
        }
        return true;
    }
}
