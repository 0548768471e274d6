import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Two shared CPU cores: give async UI more time than the 1 s default.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);
