using Microsoft.AspNetCore.StaticFiles;

namespace Assistance.Host.Core;

/// <summary>The pages are Chinese text: their content types name UTF-8, so no browser has to guess the encoding.</summary>
public static class PageContentTypes
{
    public static readonly FileExtensionContentTypeProvider Provider = Create();

    private static FileExtensionContentTypeProvider Create()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".html"] = "text/html; charset=utf-8";
        provider.Mappings[".js"] = "text/javascript; charset=utf-8";
        provider.Mappings[".css"] = "text/css; charset=utf-8";
        return provider;
    }
}
