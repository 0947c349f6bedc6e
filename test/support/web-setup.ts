import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The machines that run the tests are shared: a screen that appears after a few requests may take longer than the
// library's default second under load. Waiting longer only costs time when a test is about to fail anyway.
configure({ asyncUtilTimeout: 4000 });
