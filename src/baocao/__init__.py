"""baocao: the monthly report of a Sở Công Thương, from one Excel workbook to a .docx."""

__version__ = "0.1.0"
