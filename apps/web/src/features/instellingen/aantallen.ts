/** "1 jaar", "10 jaar". */
export const jaren = (n: number) => (n === 1 ? '1 jaar' : `${n} jaar`);
/** "1 klant", "12 klanten". */
export const klanten = (n: number) => (n === 1 ? '1 klant' : `${n} klanten`);
