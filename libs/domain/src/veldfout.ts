/** One offending input field with a Dutch message, as the API returns it in `fouten`. */
export interface VeldFout {
  veld: string;
  melding: string;
}
