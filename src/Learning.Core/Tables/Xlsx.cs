using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Learning.Core.Tables;

/// <summary>
/// A minimal Office Open XML workbook of one sheet with inline strings. Written by hand: the only
/// ClosedXML in the feed (0.95) needs System.Drawing, which .NET supports on Windows only.
/// </summary>
public static class Xlsx
{
    public static byte[] Write(Table table, string sheetName)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", ContentTypes);
            Add(zip, "_rels/.rels", RootRelations);
            Add(zip, "xl/workbook.xml", Workbook(sheetName));
            Add(zip, "xl/_rels/workbook.xml.rels", WorkbookRelations);
            Add(zip, "xl/worksheets/sheet1.xml", Sheet(table));
        }
        return buffer.ToArray();
    }

    private static string Sheet(Table table)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
            .Append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        var rows = table.Rows.Prepend(table.Header.Select(h => (Cell)h).ToList()).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Count; c++)
            {
                xml.Append(CellXml(Column(c) + (r + 1).ToString(CultureInfo.InvariantCulture), rows[r][c]));
            }
            xml.Append("</row>");
        }
        return xml.Append("</sheetData></worksheet>").ToString();
    }

    /// <summary>A number cell only for a number: a text that looks like one stays text.</summary>
    private static string CellXml(string reference, Cell value) =>
        value.Kind == CellKind.Number
            ? $"<c r=\"{reference}\"><v>{value.Invariant}</v></c>"
            : $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{Escape(value.Invariant)}</t></is></c>";

    /// <summary>Characters XML 1.0 forbids are dropped; the rest is escaped.</summary>
    private static string Escape(string value) =>
        SecurityElement.Escape(new string(value.Where(ch => ch is '\t' or '\n' or '\r' || ch >= ' ').ToArray()));

    public static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }
        return name;
    }

    private static void Add(ZipArchive zip, string path, string content)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    private static string Workbook(string sheetName) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
        $"<sheets><sheet name=\"{Escape(sheetName[..Math.Min(31, sheetName.Length)])}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

    private const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>";

    private const string RootRelations =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

    private const string WorkbookRelations =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";

    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
