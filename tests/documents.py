"""Real PDF and Word files made for tests: fpdf2 writes PDFs with a text layer, python-docx Word files."""

from __future__ import annotations

import io

from fpdf import FPDF


def make_pdf(pages: list[list[str]], title: str = "") -> bytes:
    """A PDF with one page per item of `pages`, each paragraph a block of wrapped text; a title in bold."""
    pdf = FPDF()
    pdf.set_title(title)
    for number, paragraphs in enumerate(pages):
        pdf.add_page()
        if number == 0 and title:
            pdf.set_font("Helvetica", "B", 16)
            pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        pdf.set_font("Helvetica", size=11)
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    return bytes(pdf.output())


def scanned_pdf() -> bytes:
    """A PDF whose page is only a picture (here a drawn shape): no text layer, as a scan."""
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    return bytes(pdf.output())


def encrypted_pdf(raw: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(raw)))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_docx(title: str, sections: dict[str, list[str]]) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(title, 0)
    for heading, paragraphs in sections.items():
        document.add_heading(heading, 1)
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


CORRIDOR = [
    [
        "Negotiators from Velmora and Ostrand met in Tallinn on Tuesday for a third round of talks on grain"
        " shipments across the Narrow Sea, officials from both delegations said.",
        "What Velmora wants",
        "Velmora insists on a guaranteed shipping corridor 40 nautical miles wide for its grain ships, escorted"
        " by vessels of neutral states, and wants the corridor open before the autumn harvest.",
    ],
    [
        "What Ostrand wants",
        "Ostrand rejected the escort plan. Its delegation proposed inspections of every grain ship at the port of"
        " Kessel instead, carried out by a joint commission of customs officers.",
    ],
]
