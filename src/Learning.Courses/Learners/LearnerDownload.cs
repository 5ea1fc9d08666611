using Learning.Core.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Learning.Courses.Learners;

/// <summary>The formats the learners list downloads in, by the name of the <c>format</c> query value.</summary>
public enum LearnerFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// The learners as a file written into the response while the batches are read: the header goes out
/// first, then each batch's rows, so neither the rows nor the file are ever held whole.
/// </summary>
public sealed class LearnerDownload(LearnerFormat format, string fileName, string sheetName, LearnerTable table, IAsyncEnumerable<IReadOnlyList<LearnerRow>> batches)
    : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        var ct = context.HttpContext.RequestAborted;
        var extension = format == LearnerFormat.Csv ? ".csv" : ".xlsx";
        response.ContentType = format == LearnerFormat.Csv ? "text/csv; charset=utf-8" : Xlsx.MediaType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName + extension);
        response.Headers.ContentDisposition = disposition.ToString();
        await using var body = new AsyncResponseStream(response.Body);
        await using (var writer = format == LearnerFormat.Csv
            ? await Csv.StartAsync(body, table.Header, ct)
            : await Xlsx.StartAsync(body, sheetName, table.Header, ct))
        {
            await foreach (var batch in batches.WithCancellation(ct))
            {
                foreach (var row in batch)
                {
                    await writer.AddRowAsync(table.Row(row), ct);
                }
            }
            await writer.FinishAsync(ct);
        }
        await body.FlushAsync(ct);
    }
}
