/**
 * The media types of the platform's downloads. Kept apart from the modules that write the files, so a
 * route can name the type without loading the writers (exceljs, docx, pdfkit are loaded on first use).
 */
export { XLSX_TYPE } from './xlsx';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_TYPE = 'application/pdf';
