// pdf-parse's own entry runs a self-test when loaded without a parent module; tests load the library file itself.
declare module 'pdf-parse/lib/pdf-parse.js' {
  import pdfParse from 'pdf-parse';
  export default pdfParse;
}
