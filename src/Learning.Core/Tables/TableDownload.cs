using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using static Learning.Core.Cultures.UiText;

namespace Learning.Core.Tables;

/// <summary>The formats a staff list downloads in, by the name of the <c>format</c> query value.</summary>
public enum TableFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// A staff list as a file written into the response while its rows are read: the header goes out
/// first, then the rows as they come, so neither the rows nor the file are ever held whole.
/// </summary>
public sealed class TableDownload(TableFormat format, string fileName, string sheetName, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<Cell>> rows)
    : IActionResult
{
    /// <summary>The query key naming the format.</summary>
    public const string Key = "format";

    /// <summary>Why a <c>format</c> value is refused, for the page to show in the reader's language.</summary>
    public static readonly string UnknownFormat = Msgid("Choose CSV or Excel as the format.");

    /// <summary>Reads the <c>format</c> query value: no value is no download; an unknown one is refused.</summary>
    public static bool TryRead(string? value, out TableFormat? format)
    {
        format = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }
        if (!EnumNames.TryParse<TableFormat>(value, out var parsed, ignoreCase: true))
        {
            return false;
        }
        format = parsed;
        return true;
    }

    /// <summary>The current list's address with its filters, as a download in a format from the first row.</summary>
    public static string Link(HttpRequest request, string path, TableFormat format)
    {
        var kept = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(kv => kv.Key is not Admin.Paging.Key and not Key and not "handler")
            .SelectMany(kv => kv.Value.Select(v => KeyValuePair.Create(kv.Key, v)));
        return QueryHelpers.AddQueryString(path, kept.Append(KeyValuePair.Create(Key, (string?)format.ToString().ToLowerInvariant())));
    }

    /// <summary>Rows read in batches, one after another, as the download wants them.</summary>
    public static async IAsyncEnumerable<IReadOnlyList<Cell>> Flatten<T>(
        IAsyncEnumerable<IReadOnlyList<T>> batches, Func<T, IReadOnlyList<Cell>> row, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var batch in batches.WithCancellation(ct))
        {
            foreach (var item in batch)
            {
                yield return row(item);
            }
        }
    }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        var ct = context.HttpContext.RequestAborted;
        var extension = format == TableFormat.Csv ? ".csv" : ".xlsx";
        response.ContentType = format == TableFormat.Csv ? "text/csv; charset=utf-8" : Xlsx.MediaType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName + extension);
        response.Headers.ContentDisposition = disposition.ToString();
        await using var body = new AsyncResponseStream(response.Body);
        await using (var writer = format == TableFormat.Csv
            ? await Csv.StartAsync(body, header, ct)
            : await Xlsx.StartAsync(body, sheetName, header, ct))
        {
            await foreach (var row in rows.WithCancellation(ct))
            {
                await writer.AddRowAsync(row, ct);
            }
            await writer.FinishAsync(ct);
        }
        await body.FlushAsync(ct);
    }
}
